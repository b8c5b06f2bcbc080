// Run by the archetype's integration test after the generated project's `mvn verify`:
// green is not enough, its tests must really have run, and its jar must be runnable.
import java.util.jar.JarFile

def project = new File(basedir, 'project/note-watcher')   // basedir: this test's folder
def log = new File(project, 'build.log').text
def counts = (log =~ /Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0/).collect { it[1] as int }
assert !counts.isEmpty() && counts.every { it > 0 } : "the generated project's tests did not run: ${counts}"
assert !log.contains('[WARNING] COMPILATION WARNING') : 'the generated project compiles with warnings'

def jar = new JarFile(new File(project, 'target/note-watcher.jar'))
def manifest = jar.manifest.mainAttributes
assert manifest.getValue('Main-Class') == 'org.example.tracim.notes.Main'
assert manifest.getValue('Enable-Native-Access') == 'ALL-UNNAMED'
assert jar.getEntry('org/tracimdaemon/sdk/runtime/TracimDaemonClient.class') != null : 'the SDK is not inside the jar'
assert jar.getEntry('org/example/tracim/notes/NoteWatcherDispatcher.class') != null : 'the processor did not run'
jar.close()

def unit = new File(project, 'src/main/systemd/note-watcher.service').text
assert unit.contains('Restart=on-failure')
assert unit.contains('ExecStart=/bin/sh %h/.local/lib/note-watcher/note-watcher') : 'the unit does not run the launcher'

// The launcher is copied as it is (its shell ${...} untouched), and is valid sh.
def launcher = new File(project, 'src/main/sh/note-watcher')
assert launcher.text.contains('-XX:SharedArchiveFile="$archive"') && launcher.text.contains('${XDG_CACHE_HOME:-$HOME/.cache}')
def check = ['sh', '-n', launcher.path].execute()
assert check.waitFor() == 0 : "the launcher is not valid sh: ${check.err.text}"
assert new File(project, '.gitignore').exists()
return true
