#include "userstore.h"

#include "crypto/passwordhash.h"

namespace parasol {

namespace {


User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleNames.parse(query.value(3).toString()).value_or(Role::Agent);
    user.seat = seatNames.parse(query.value(4).toString());
    user.brand = query.value(5).toString();
    return user;
}

const QString kUserColumns = QStringLiteral("id, login, display_name, role, seat, brand");

} // namespace

Status UserStore::create(const User &user, const QString &password, qint64 nowMs)
{
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO users (id, login, display_name, role, seat, brand, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { user.id, user.login, user.displayName, roleNames.name(user.role),
          user.seat ? seatNames.name(*user.seat) : QVariant(QMetaType::fromType<QString>()),
          user.brand.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.brand),
          PasswordHash::hash(password), nowMs });
    if (!inserted)
        return inserted.error();
    return {};
}

Result<std::optional<User>> UserStore::authenticate(const QString &login, const QString &password)
{
    auto query = m_db.exec(QStringLiteral("SELECT ") + kUserColumns
                               + QStringLiteral(", password_hash FROM users WHERE login = ? AND disabled = 0"),
                           { login });
    if (!query)
        return query.error();
    if (!query->next()) {
        // Spend the same time as a real check, so response times do not reveal which logins exist.
        (void)PasswordHash::verify(password, QStringLiteral("scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        return std::optional<User>();
    }
    if (!PasswordHash::verify(password, query->value(6).toString()))
        return std::optional<User>();
    return std::optional<User>(readUser(*query));
}

Result<std::optional<User>> UserStore::byId(const QString &id)
{
    auto query = m_db.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE id = ? AND disabled = 0"),
                           { id });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*query));
}

Result<qint64> UserStore::count()
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace parasol
