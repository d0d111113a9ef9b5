// Checks the README's example project itself (schema and mapper) rather than a copy that could drift from it.
import java.nio.file.Files
import java.nio.file.Path

Path from = new File(examplesDirectory, 'incident/src/main/resources').toPath()
Path to = new File(basedir, 'src/main/resources').toPath()
Files.walk(from).withCloseable { paths ->
    paths.sorted().each { Path source ->
        Path target = to.resolve(from.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.copy(source, target)
        }
    }
}
assert Files.isRegularFile(to.resolve('db/migration/V1__create_orders.sql'))
assert Files.isRegularFile(to.resolve('com/example/loan/mapper/LoanOrderMapper.xml'))
