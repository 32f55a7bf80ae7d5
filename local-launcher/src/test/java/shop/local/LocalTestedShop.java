package shop.local;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import shop.contract.TestedShop;

/** The contract's shop here: the whole shop in this JVM, on a free port and its own embedded PostgreSQL. */
record LocalTestedShop(ConfigurableApplicationContext context) implements TestedShop, AutoCloseable {

    @Override
    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public long storedEvents() {
        return database().queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Override
    public long registeredUsers() {
        return database().queryForObject("select count(*) from user_profile", Long.class);
    }

    /** The one database of the local shop, to look behind the API. */
    JdbcTemplate database() {
        return context.getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        context.close();
    }

    public static final class Launcher implements TestedShop.Launcher {

        @Override
        public TestedShop start() {
            return new LocalTestedShop(new SpringApplicationBuilder(LocalShop.class).run("--server.port=0"));
        }
    }
}
