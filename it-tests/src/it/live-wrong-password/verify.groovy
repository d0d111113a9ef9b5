// A wrong password: one line naming the database, host and cause; neither password anywhere in the log.
def text = new File(basedir, 'build.log').text
def log = text.readLines()

def line = 'schemaguard cannot connect to jdbc:h2:mem:live-wrong-password (host in-process, database' +
        ' live-wrong-password): authentication failed: wrong user name or password'
assert log.any { it.startsWith('[ERROR] Failed to execute goal ') && it.contains(line) }
assert !text.contains('Wrong-Live-Password-7') : 'the wrong password is not logged'
assert !text.contains('Right-Live-Password-3') : 'the right password (settings.xml) is not logged'
assert !log.any { it.startsWith('\tat ') } : 'no stack trace without -X'
