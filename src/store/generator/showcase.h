#pragma once

#include "seedbatch.h"

#include <optional>

namespace parasol {

struct GeneratorContext;

// The demo's first customers, written out by hand so the console has something to show
// at once. 张伟 (+86 138 0013 8000, born 1962, the elder queue) has orders across six
// brands: an air conditioner installed by an engineer who misses one Blue-Shield check,
// with an overcharged part on the e-bill and a normal price drop inside its protection
// window; a fridge whose drop came after its window closed, with an open repair; a range
// hood whose current price is a flash sale (not protected); a return picked up and
// refunded; a closed repair; a TV set up by the delivery crew; a complaint being handled
// and one verified; and the service card of the water heater his daughter 张丽 gave him.
// 李娜 (+86 139 0013 9000, 36, the general queue) has an installation booked for today
// and an order on its way.
class Showcase
{
public:
    static constexpr qint64 kCustomers = 3;

    explicit Showcase(GeneratorContext &context);

    // Adds the showcase's items to the catalogue and scripts their price histories.
    void reserveCatalogue();
    // Customers 0, 1 and 2 with everything they own.
    SeedBatch generate() const;

private:
    struct Line
    {
        QString sku;
        QString seller = QStringLiteral("self");
        bool isGift = false;
    };
    qint64 at(int daysAgo, int hour, int minute = 0) const;
    Customer person(qint64 index, const QString &name, const QString &phone, QDate birthDate, const QString &gender,
                    const QString &city, int regionCode, const QString &address, const QString &memberLevel) const;
    Order &addOrder(SeedBatch &batch, const Customer &customer, qint64 index, int k, qint64 placedAt,
                    const QList<Line> &lines, qint64 couponFen, std::optional<qint64> signedAt) const;
    Ticket &addTicket(SeedBatch &batch, const Order &order, int line, const QString &id, TicketKind kind,
                      qint64 openedAt, const QString &openedBy, const QString &description) const;
    // An installation done by `engineer`: accepted `daysAgo` at 11:30, the visit the next morning.
    Ticket &addInstallation(SeedBatch &batch, const Order &order, const QString &id, int daysAgo,
                            const Engineer &engineer, const QString &outlet, int satisfaction) const;
    void addEbill(SeedBatch &batch, const Ticket &ticket, const QString &part, qint64 unitFen, int qty,
                  qint64 standardFen) const;
    QJsonObject slot(qint64 from, qint64 to) const;

    void zhangWei(SeedBatch &batch) const;
    void liNa(SeedBatch &batch) const;
    void zhangLi(SeedBatch &batch) const;

    GeneratorContext &m_context;
};

} // namespace parasol
