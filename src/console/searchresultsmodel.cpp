#include "searchresultsmodel.h"

#include "cache/replicastore.h"
#include "core/personaldata.h"

#include <QIcon>

namespace parasol {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setReplica(const ReplicaStore *replica)
{
    m_replica = replica;
    clear();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_matches.clear();
    m_central.clear();
    endResetModel();
}

Status SearchResultsModel::search(const QString &text)
{
    if (!m_replica || text.trimmed().isEmpty()) {
        clear();
        return {};
    }
    auto found = m_replica->searchCustomers(text, kLimit);
    if (!found) {
        clear();
        return found.error();
    }
    beginResetModel();
    m_matches = std::move(*found);
    m_central.clear();
    endResetModel();
    return {};
}

void SearchResultsModel::showFromCentral(const QJsonArray &customers)
{
    beginResetModel();
    m_matches.clear();
    m_central.clear();
    for (const QJsonValue &value : customers) {
        const QJsonObject customer = value.toObject();
        m_central.append({ customer.value(QLatin1String("id")).toString(), customer.value(QLatin1String("name_masked")).toString(),
                           customer.value(QLatin1String("phone_masked")).toString() });
    }
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size() + m_central.size());
}

QString SearchResultsModel::matchedBy(const CustomerMatch &match) const
{
    switch (match.kind) {
    case CustomerMatch::Kind::Phone:
    case CustomerMatch::Kind::PhoneTail:
        return tr("phone");
    case CustomerMatch::Kind::OrderNo:
        return tr("order %1").arg(match.matched);
    case CustomerMatch::Kind::ServiceCard:
        return tr("service card %1").arg(match.matched);
    case CustomerMatch::Kind::Name:
        return tr("name");
    case CustomerMatch::Kind::Pinyin:
    case CustomerMatch::Kind::Initials:
        return tr("pinyin");
    }
    return QString();
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_matches.size())
        return centralData(m_central.at(index.row() - m_matches.size()), role);
    const CustomerMatch &match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2\nmatched by %3")
            .arg(PersonalData::maskName(match.customer.name), PersonalData::maskPhone(match.customer.phone),
                 matchedBy(match));
    case Qt::ToolTipRole:
        return match.customer.city;
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/customer.svg"));
    case CustomerIdRole:
        return match.customer.id;
    case PhoneRole:
        return match.customer.phone;
    case FromCentralRole:
        return false;
    default:
        return {};
    }
}

QVariant SearchResultsModel::centralData(const CentralHit &hit, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2\nat the central service, not in the local cache").arg(hit.nameMasked, hit.phoneMasked);
    case Qt::ToolTipRole:
        return tr("Opening this customer brings them into the local cache and keeps them up to date.");
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/customer.svg"));
    case CustomerIdRole:
        return hit.id;
    case FromCentralRole:
        return true;
    default:
        return {};
    }
}

} // namespace parasol
