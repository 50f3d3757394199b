CREATE TABLE books (
    id bigint PRIMARY KEY,
    title varchar(200) NOT NULL
);
