// mvn verify ran autogen:check, which found the entities and the migration in agreement
def log = new File(basedir, 'build.log').text
assert log.contains('No changes detected: entities and migrations agree')
