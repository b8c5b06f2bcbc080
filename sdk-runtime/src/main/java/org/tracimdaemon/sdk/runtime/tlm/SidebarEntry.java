package org.tracimdaemon.sdk.runtime.tlm;

/**
 * One entry of a space's menu in Tracim's UI.
 *
 * @param slug    e.g. {@code dashboard}, {@code contents/all}
 * @param label   e.g. {@code Dashboard}
 * @param route   the UI path, e.g. {@code /ui/workspaces/2/dashboard}
 * @param faIcon  Font Awesome icon classes
 * @param hexcolor colour, e.g. {@code #fdfdfd}
 */
public record SidebarEntry(String slug, String label, String route, String faIcon, String hexcolor) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param slug     from {@code slug}; null becomes {@code ""}
     * @param label    from {@code label}; null becomes {@code ""}
     * @param route    from {@code route}; null becomes {@code ""}
     * @param faIcon   from {@code fa_icon}; null becomes {@code ""}
     * @param hexcolor from {@code hexcolor}; null becomes {@code ""}
     */
    public SidebarEntry {
        slug = Keys.text(slug);
        label = Keys.text(label);
        route = Keys.text(route);
        faIcon = Keys.text(faIcon);
        hexcolor = Keys.text(hexcolor);
    }
}
