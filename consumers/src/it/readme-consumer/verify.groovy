// Checks one run of this project: it is the documentation's snippets verbatim (README.md and docs/), its passing
// tests passed, and the test that
// fails on purpose left its topology report where users look: the Maven console (build.log) and the <system-out>
// of its test case in Surefire's XML report.
import javax.xml.parsers.DocumentBuilderFactory

def fail = { String message -> throw new AssertionError("readme-consumer on JUnit ${junitVersion}: ${message}" as String) }

// ---- the project is the documentation's snippets, verbatim

/** The stripped lines between a line starting with {@code start} and the next line starting with {@code end}. */
def region = { List<String> lines, String start, String end ->
    int from = lines.findIndexOf { it.strip().startsWith(start) }
    if (from < 0) {
        fail("no '${start}' in a file that should have it")
    }
    int to = lines.findIndexOf(from + 1) { it.strip().startsWith(end) }
    lines.subList(from + 1, to).collect { it.strip() }.findAll { !it.startsWith('```') }
}
// README.md, then every page under docs/: snippets have unique names, wherever they live
File readmeFile = new File(readmePath as String)
List<String> readme = readmeFile.readLines('UTF-8')
new File(readmeFile.parentFile, 'docs').eachFileRecurse { if (it.name.endsWith('.md')) readme.addAll(it.readLines('UTF-8')) }
[
    'maven'           : 'pom.xml',
    'assertions'      : 'src/test/java/com/example/ReadmeAssertionsTest.java',
    'junit-extension' : 'src/test/java/com/example/PeeringIsolationTest.java',
    'failure-report'  : 'src/test/java/com/example/ResearchAccessTest.java',
].each { name, path ->
    List<String> source = new File(basedir, path).readLines('UTF-8')
    String marker = path.endsWith('.xml') ? '<!-- snippet:' : '// snippet:'
    String endMarker = path.endsWith('.xml') ? '<!-- end-snippet -->' : '// end-snippet'
    def inReadme = region(readme, "<!-- snippet:${name}", '<!-- end-snippet -->')
    def inProject = region(source, "${marker}${name}", endMarker)
    if (inReadme != inProject) {
        int at = (0..<Math.min(inReadme.size(), inProject.size())).find { inReadme[it] != inProject[it] } ?: Math.min(inReadme.size(), inProject.size())
        fail("The documentation's snippet '${name}' and ${path} differ at line ${at + 1} of the snippet:\n  docs:    "
                + inReadme[at] + "\n  project: " + inProject[at])
    }
}

// ---- Surefire's XML reports

def report = { String testClass ->
    File xml = new File(basedir, "target/surefire-reports/TEST-com.example.${testClass}.xml")
    if (!xml.isFile()) {
        fail("no Surefire report ${xml}")
    }
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).documentElement
}
def testCases = { element -> (0..<element.getElementsByTagName('testcase').length).collect {
    element.getElementsByTagName('testcase').item(it) } }
def problems = { testCase -> ['failure', 'error', 'skipped'].sum { testCase.getElementsByTagName(it).length } }

['ReadmeAssertionsTest': 1, 'PeeringIsolationTest': 2].each { testClass, count ->
    def cases = testCases(report(testClass))
    if (cases.size() != count || cases.any { problems(it) > 0 }) {
        fail("${testClass} should run ${count} passing tests: see ${basedir}/target/surefire-reports")
    }
}

def failing = testCases(report('ResearchAccessTest'))
if (failing.size() != 1 || failing[0].getElementsByTagName('failure').length != 1) {
    fail('ResearchAccessTest.sales_reaches_research_over_ssh should fail (it is written to)')
}
def systemOut = failing[0].getElementsByTagName('system-out')
String printed = systemOut.length == 1 ? systemOut.item(0).textContent : ''
List<String> expected = [
    'vnetlab: the topologies of the failed test ResearchAccessTest > sales_reaches_research_over_ssh(Topology):',
    "Field 'azure' of ResearchAccessTest, as the failing test left its fork:",
    'Virtual networks (3):',
    'Peerings (4):',
    'Virtual machines (3):',
    'Picture (Mermaid):',
    '```mermaid',
    'Reachability (any protocol):',
    'Verdicts evaluated by the test (1):',
    "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data) on TCP/22: unreachable",
]
def missing = expected.findAll { !printed.contains(it) }
if (missing) {
    fail("the <system-out> of the failing test in TEST-com.example.ResearchAccessTest.xml lacks ${missing}; it is:\n${printed}")
}
// this project's own build.log, or the log of the run that built it with the other consumer project (../verify.groovy)
File consoleLog = binding.hasVariable('consoleLog') ? binding.getVariable('consoleLog') as File : new File(basedir, 'build.log')
String console = consoleLog.getText('UTF-8')
if (!console.contains(expected[0]) || !console.contains(expected[9])) {
    fail("the Maven console (${consoleLog}) does not show the report")
}

// ---- the JUnit the tests ran on is the one asked for, not one vnetlab-junit brought

def properties = report('ResearchAccessTest').getElementsByTagName('property')
String classPath = (0..<properties.length).collect { properties.item(it) }
        .find { it.getAttribute('name') == 'surefire.test.class.path' }?.getAttribute('value') ?: ''
def apis = classPath.split(File.pathSeparator).collect { new File(it).name }.findAll { it.startsWith('junit-jupiter-api-') }
if (apis != ["junit-jupiter-api-${junitVersion}.jar" as String]) {
    fail("the tests ran with ${apis ?: 'no junit-jupiter-api'} on their class path, not junit-jupiter-api-${junitVersion}.jar alone")
}
println "readme-consumer on JUnit ${junitVersion}: documentation snippets verbatim, 3 passing tests, the failing test's report in Surefire's XML and the console"
return true
