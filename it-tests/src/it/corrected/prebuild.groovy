// The README example's mapper, unchanged: with the corrected schema its payment callback is safe.
import java.nio.file.Files
import java.nio.file.Path

String mapper = 'com/example/loan/mapper/LoanOrderMapper.xml'
Path to = new File(basedir, 'src/main/resources/' + mapper).toPath()
Files.createDirectories(to.parent)
Files.copy(new File(examplesDirectory, 'incident/src/main/resources/' + mapper).toPath(), to)
assert Files.isRegularFile(to)
