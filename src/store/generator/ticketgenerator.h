#pragma once

#include "seedbatch.h"

namespace parasol {

struct GeneratorContext;
class SeedRandom;

// An after-sales or installation ticket for one order line, with every node the brand's
// service network reported so far (RULES.md §4; mostly within the deadlines, some late),
// the engineer who came, and the e-bill (installation parts at `done`, repair parts at
// `inspected`; now and then a part charged above the brand's standard price). A ticket
// whose next node would lie after the anchor is still open.
class TicketGenerator
{
public:
    struct Request
    {
        QString id;
        TicketKind kind = TicketKind::Repair;
        Decision decision = Decision::Repair; // what the engineer will decide at inspection
        const Order *order = nullptr;
        const OrderLine *line = nullptr;
        const Customer *customer = nullptr;
        qint64 openedAt = 0;
        QString openedBy;
        QString description;
    };
    struct Outcome
    {
        bool refunded = false; // a return went through: the line's units came back
        bool pickupPending = false; // decided to return, not picked up yet
        qint64 refundedAt = 0;
    };

    explicit TicketGenerator(const GeneratorContext &context)
        : m_context(context)
    { }

    Outcome generate(const Request &request, SeedRandom &random, SeedBatch &batch) const;
    // What a customer says is wrong with a line of `category`, for `kind`.
    static QString describe(TicketKind kind, Category category, SeedRandom &random);

private:
    void addEbill(const Ticket &ticket, bool installation, Category category, SeedRandom &random,
                  SeedBatch &batch) const;

    const GeneratorContext &m_context;
};

} // namespace parasol
