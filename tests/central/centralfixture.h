#pragma once

#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"

#include "core/clock.h"

#include <memory>

namespace parasol::test {

// A central service in this process on 127.0.0.1:0, on a fresh database of the kind the
// environment selects, seeded with the demo data, its clock at noon of the seed's day.
struct CentralFixture
{
    static const QDate kAnchor;

    TestDatabase database;
    ManualClock clock;
    std::unique_ptr<CentralService> service;
    std::unique_ptr<HttpTestClient> http;
    QUrl baseUrl;

    // Returns an empty string, or why the fixture could not start.
    QString start(bool seedDemo = true);
};

} // namespace parasol::test
