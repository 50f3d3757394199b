// mvn verify failed in autogen:check, listing the column that has no migration
def log = new File(basedir, 'build.log').text
assert log.contains('Entities and migrations differ')
assert log.contains("- add column 'customer.email' character varying(255)")
assert log.contains('autogen-maven-plugin') && log.contains(':check')
