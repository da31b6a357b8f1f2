// libFuzzer target for everything Pantau reads from a camera over ONVIF: SOAP replies (the safe
// XML reader, faults in SOAP 1.1 and 1.2) and WS-Discovery ProbeMatches. Any bytes give a reply,
// a classified error or nothing; never a crash, a hang or an unbounded allocation.
#include "core/onvif/SoapEnvelope.h"
#include "core/onvif/WsDiscovery.h"
#include "core/onvif/XmlElement.h"

#include <cstdint>
#include <cstdlib>

using namespace pantau::onvif;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const XmlParseResult parsed = parseXml(bytes);
    if (parsed.root.has_value() != (parsed.problem == XmlProblem::None))
        std::abort(); // a tree exactly when there is no problem
    for (const int status : {200, 400, 500}) {
        const SoapResponse r = readSoapResponse(bytes, status, 1024 * 1024);
        if (r.error.isError() && r.error.text().isEmpty())
            std::abort(); // an error always says why
    }
    if (const auto device = WsDiscovery::parseProbeMatch(bytes, QString())) {
        if (device->endpointReference.isEmpty() || device->xaddrs.isEmpty())
            std::abort(); // a match always has an identity and somewhere to talk to
        (void)device->deviceUrl();
        (void)device->name();
    }
    return 0;
}
