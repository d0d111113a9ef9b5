// Fills the database from the corrected sample's migrations (only the samples under test are cloned).
import java.nio.file.Files

def from = new File(examplesDirectory, '../it-tests/src/it/corrected/src/main/resources/db/migration').toPath()
def to = new File(basedir, 'live').toPath()
Files.createDirectories(to)
['V1__create_orders.sql', 'V2__create_payment.sql'].each { Files.copy(from.resolve(it), to.resolve(it)) }
assert Files.isRegularFile(to.resolve('V2__create_payment.sql'))
