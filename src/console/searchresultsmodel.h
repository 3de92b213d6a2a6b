#pragma once

#include "cache/customermatch.h"
#include "core/result.h"

#include <QAbstractListModel>

namespace parasol {

class ReplicaStore;

// The customers found for what the agent typed, best matches first, from the replica.
// Shows masked personal data only, and how each one matched.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CustomerIdRole = Qt::UserRole + 1, PhoneRole };
    static constexpr int kLimit = 50;

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Reads from `replica` until the next setReplica; nullptr empties the model.
    void setReplica(const ReplicaStore *replica);
    Status search(const QString &text);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString matchedBy(const CustomerMatch &match) const;

    const ReplicaStore *m_replica = nullptr;
    QList<CustomerMatch> m_matches;
};

} // namespace parasol
