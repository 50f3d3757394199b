// mvn verify ran autogen:check, which found the entities and the migration in agreement;
// then upgrade, current, history, downgrade to base and current again, in that order
def log = new File(basedir, 'build.log').text
def revision = (new File(basedir, 'src/main/java/it/shop/migrations').listFiles()[0].text =~ /id = "(\w+)"/)[0][1]

def expected = [
    'No changes detected: entities and migrations agree',
    "[INFO] upgrade -> ${revision}, create customer ... ",
    "[INFO] ${revision} (head), create customer",
    "[INFO] <base> -> ${revision} (head), create customer",
    "[INFO] downgrade ${revision} -> base, create customer ... ",
    '[INFO] base',
]
int from = 0
for (line in expected) {
    int at = log.indexOf(line.toString(), from)
    assert at >= 0 : "not in build.log after offset ${from}: ${line}"
    from = at + line.length()
}
return true
