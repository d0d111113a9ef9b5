import groovy.xml.XmlSlurper
// The installed plugin jar holds META-INF/m2e/lifecycle-mapping-metadata.xml: well-formed, telling m2e to
// ignore check and baseline, and naming only goals the plugin descriptor declares.
import java.util.zip.ZipFile

def pluginDir = new File(localRepositoryPath, 'io/github/schemaguard/schemaguard-maven-plugin')
def jars = []
pluginDir.eachFileRecurse { if (it.name ==~ /schemaguard-maven-plugin-.*\.jar/) jars << it }
assert jars.size() == 1 : "expected the one installed plugin jar under ${pluginDir}, found ${jars}"

new ZipFile(jars[0]).withCloseable { jar ->
    def entry = jar.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
    assert entry != null : 'the plugin jar lacks META-INF/m2e/lifecycle-mapping-metadata.xml'
    // XmlSlurper throws on anything not well-formed.
    def mapping = new XmlSlurper().parse(jar.getInputStream(entry))
    assert mapping.name() == 'lifecycleMappingMetadata'
    def execution = mapping.pluginExecutions.pluginExecution
    assert execution.size() == 1
    def goals = execution.pluginExecutionFilter.goals.goal*.text()
    assert goals == ['check', 'baseline']
    assert execution.action.ignore.size() == 1

    def descriptor = new XmlSlurper().parse(jar.getInputStream(jar.getEntry('META-INF/maven/plugin.xml')))
    assert descriptor.mojos.mojo.goal*.text().containsAll(goals)
}
assert new File(basedir, 'build.log').readLines().any { it.startsWith('[INFO] BUILD SUCCESS') }
