package io.github.schemaguard.source.live;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.example.com:5432/app?user=admin&password=s3cret&ssl=true | jdbc:postgresql://db.example.com:5432/app",
        "jdbc:mysql://admin:s3cret@db.example.com:3306/app | jdbc:mysql://db.example.com:3306/app",
        "jdbc:mariadb://admin@db.example.com/app?password=s3cret | jdbc:mariadb://db.example.com/app",
        "jdbc:h2:mem:demo;MODE=MySQL;USER=sa;PASSWORD=s3cret | jdbc:h2:mem:demo",
        "jdbc:sqlserver://db.example.com:1433;databaseName=app;password=s3cret | jdbc:sqlserver://db.example.com:1433;databaseName=app",
        "jdbc:oracle:thin:admin/s3cret@db.example.com:1521/app | jdbc:oracle:thin:@db.example.com:1521/app",
        "jdbc:sqlite:target/app.db | jdbc:sqlite:target/app.db",
    })
    void displayShowsNeitherCredentialsNorParameters(String url, String display) {
        assertThat(JdbcUrl.of(url).display()).isEqualTo(display).doesNotContain("s3cret").doesNotContain("admin");
        assertThat(JdbcUrl.of(url)).hasToString(display);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.example.com:5432/app?password=s3cret | db.example.com:5432 | app",
        "jdbc:mysql://admin:s3cret@127.0.0.1:3306/shop | 127.0.0.1:3306 | shop",
        "jdbc:sqlserver://db.example.com;databaseName=app | db.example.com | app",
        "jdbc:h2:mem:demo;MODE=MySQL | in-process | demo",
    })
    void namesHostAndDatabase(String url, String host, String database) {
        assertThat(JdbcUrl.of(url).host()).isEqualTo(host);
        assertThat(JdbcUrl.of(url).database()).isEqualTo(database);
    }
}
