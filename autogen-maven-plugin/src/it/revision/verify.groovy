// autogen:revision wrote one migration that creates the entity's table
def dir = new File(basedir, 'src/main/java/it/shop/migrations')
def files = dir.listFiles()?.findAll { it.name.endsWith('.java') } ?: []
assert files.size() == 1 : "expected one migration in ${dir}, found ${files}"
def source = files[0].text
assert files[0].name.endsWith('_create_customer.java')
assert source.contains('package it.shop.migrations;')
assert source.contains('op.createTable("customer"')
def log = new File(basedir, 'build.log').text
assert log.contains("Detected add table 'customer'")
assert log.contains('Generating src/main/java/it/shop/migrations/')
