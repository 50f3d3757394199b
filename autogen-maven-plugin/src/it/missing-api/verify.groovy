// autogen:autogenerate refused, before writing anything, naming the dependency the migration needs
def dir = new File(basedir, 'src/main/java/it/shop/migrations')
assert !dir.exists() || dir.listFiles().length == 0 : "nothing should be written in ${dir}"
def log = new File(basedir, 'build.log').text
assert log.contains('lacks the autogen api it imports (package dev.autogen.api)')
assert log.contains('<dependency><groupId>dev.autogen</groupId><artifactId>autogen-core</artifactId><version>')
assert log.contains('<scope>provided</scope></dependency> to pom.xml and run autogen:autogenerate again (nothing was written)')
assert !log.toLowerCase().contains('error: error:')
