// Checks the run that built both consumer projects (pom.xml beside this script): readme-consumer's own checks, with this
// run's console, and every test of without-bom passed, since the run goes on past readme-consumer's failing test.
import javax.xml.parsers.DocumentBuilderFactory

File readmeConsumer = new File(basedir, 'readme-consumer')
new GroovyShell(getClass().classLoader, new Binding([basedir: readmeConsumer, readmePath: readmePath,
        junitVersion: junitVersion, consoleLog: new File(basedir, 'build.log')]))
        .evaluate(new File(readmeConsumer, 'verify.groovy'))

File reports = new File(basedir, 'without-bom/target/surefire-reports')
def suites = (reports.listFiles() ?: []).findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
        .collect { DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(it).documentElement }
int tests = suites.sum(0) { it.getAttribute('tests') as int }
int failed = suites.sum(0) { (it.getAttribute('failures') as int) + (it.getAttribute('errors') as int) }
if (tests == 0 || failed > 0) {
    throw new AssertionError("without-bom on JUnit ${junitVersion}: ${tests} tests ran, ${failed} failed or in error: see ${reports}" as String)
}
println "without-bom on JUnit ${junitVersion}: ${tests == 1 ? "its test" : "its ${tests} tests"} passed"
return true
