// Fills the database from the README example's schema and the incident's data, not copies that could drift:
// one script, since the invoker's command line cannot carry H2's escaped "\;" between two RUNSCRIPTs.
import java.nio.file.Files

def example = new File(examplesDirectory, 'incident')
def script = new File(basedir, 'live/incident-with-data.sql')
Files.createDirectories(script.toPath().parent)
script.text = new File(example, 'src/main/resources/db/migration/V1__create_orders.sql').getText('UTF-8') + '\n' +
        new File(example, 'data/orders.sql').getText('UTF-8')
assert script.length() > 0
