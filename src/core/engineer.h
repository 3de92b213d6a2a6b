#pragma once

#include <QDate>
#include <QString>

namespace parasol {

// A brand's service engineer and the four Blue-Shield verifications, each with the
// date it was passed (invalid date: not verified).
struct Engineer
{
    QString id;
    QString name;
    QString brand;
    QDate realNameVerified;
    QDate safetyVerified;
    QDate healthVerified;
    QDate skillVerified;
    qint64 rowVersion = 0;

    bool fullyVerified() const
    {
        return realNameVerified.isValid() && safetyVerified.isValid() && healthVerified.isValid()
               && skillVerified.isValid();
    }
};

} // namespace parasol
