package shop.local;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole shop, on its embedded PostgreSQL, on a free port: one for all the tests that use it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = LocalShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface LocalShopTest {
}
