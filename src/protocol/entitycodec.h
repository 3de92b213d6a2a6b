#pragma once

#include "core/claim.h"
#include "core/complaint.h"
#include "core/contact.h"
#include "core/customer.h"
#include "core/ebillline.h"
#include "core/engineer.h"
#include "core/order.h"
#include "core/priceevent.h"
#include "core/servicecard.h"
#include "core/servicenode.h"
#include "core/ticket.h"

#include <QJsonObject>

// The JSON form of each replicated entity: the `data` of a sync change and the rows of
// the API's unified view. Keys are the central schema's column names; times are ISO
// 8601, money integer fen. Decoding is lenient (rows come from the central service,
// already validated): a missing field takes the type's default.
namespace parasol::EntityCodec {

QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const Order &order); // the order's own row, without its lines
QJsonObject toJson(const OrderLine &line);
QJsonObject toJson(const PriceEvent &event);
QJsonObject toJson(const Engineer &engineer);
QJsonObject toJson(const Ticket &ticket);
QJsonObject toJson(const ServiceNode &node);
QJsonObject toJson(const EbillLine &line);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const Complaint &complaint);
QJsonObject toJson(const Claim &claim);
QJsonObject toJson(const ServiceCard &card);

Customer customerFromJson(const QJsonObject &json);
Order orderFromJson(const QJsonObject &json);
OrderLine orderLineFromJson(const QJsonObject &json);
PriceEvent priceEventFromJson(const QJsonObject &json);
Engineer engineerFromJson(const QJsonObject &json);
Ticket ticketFromJson(const QJsonObject &json);
ServiceNode serviceNodeFromJson(const QJsonObject &json);
EbillLine ebillLineFromJson(const QJsonObject &json);
Contact contactFromJson(const QJsonObject &json);
Complaint complaintFromJson(const QJsonObject &json);
Claim claimFromJson(const QJsonObject &json);
ServiceCard serviceCardFromJson(const QJsonObject &json);

} // namespace parasol::EntityCodec
