package shop.user.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import shop.http.Refusals;
import shop.user.api.RegistrationRejected;

@Component
class RegistrationRefusals implements Refusals<RegistrationRejected> {

    @Override
    public Class<RegistrationRejected> reasons() {
        return RegistrationRejected.class;
    }

    @Override
    public HttpStatus status(RegistrationRejected reason) {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title(RegistrationRejected reason) {
        return "Registration rejected";
    }
}
