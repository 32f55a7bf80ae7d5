package shop.http;

import org.springframework.http.HttpStatus;

/**
 * How the reasons for which a context refuses commands read over HTTP. The reasons travel as the details of the
 * command's exception, so they arrive whole whether the command ran in this JVM or came back through Axon Server.
 */
public interface Refusals<R extends Enum<R>> {

    Class<R> reasons();

    HttpStatus status(R reason);

    String title(R reason);
}
