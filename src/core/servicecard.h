#pragma once

#include <QString>

namespace parasol {

// An electronic service card: moves a gift's after-sales rights to its recipient,
// so the recipient (often an elderly parent) can call about it.
struct ServiceCard
{
    QString id; // the card number
    QString orderNo;
    QString holderCustomerId; // the recipient
    QString giverCustomerId; // who bought the gift
    // The giver's masked name as central serves it with the card (not a stored column: see
    // central/servedrows.h); empty when central did not name the giver.
    QString giverNameMasked;
    qint64 issuedAt = 0;
    qint64 rowVersion = 0;
};

} // namespace parasol
