// Fills the database from the README's example schema itself rather than a copy that could drift from it.
import java.nio.file.Files

def from = new File(examplesDirectory, 'incident/src/main/resources/db/migration/V1__create_orders.sql').toPath()
def to = new File(basedir, 'live/V1__create_orders.sql').toPath()
Files.createDirectories(to.parent)
Files.copy(from, to)
assert Files.isRegularFile(to)
