#pragma once

#include "cache/customermatch.h"
#include "core/result.h"

#include <QAbstractListModel>
#include <QJsonArray>

namespace parasol {

class ReplicaStore;

// The customers found for what the agent typed, best matches first, from the replica;
// or, when the replica holds none, those the central service found (marked so: opening
// one brings them into the local cache). Shows masked personal data only, and how each
// one matched.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CustomerIdRole = Qt::UserRole + 1, PhoneRole, FromCentralRole };
    static constexpr int kLimit = 50;

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Reads from `replica` until the next setReplica; nullptr empties the model.
    void setReplica(const ReplicaStore *replica);
    Status search(const QString &text);
    // Central's answer to a lookup (GET /api/v1/customers: id, name_masked, phone_masked).
    void showFromCentral(const QJsonArray &customers);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString matchedBy(const CustomerMatch &match) const;
    struct CentralHit;
    QVariant centralData(const CentralHit &hit, int role) const;

    const ReplicaStore *m_replica = nullptr;
    QList<CustomerMatch> m_matches;
    struct CentralHit
    {
        QString id, nameMasked, phoneMasked;
    };
    QList<CentralHit> m_central; // central's answer when the replica had no match
};

} // namespace parasol
