#pragma once

#include "customermatch.h"

#include <QList>

namespace parasol::SearchTerms {

// A key under which a customer can be found, namespaced by kind: "p:+8613800138000"
// (phone), "r:0008310083" (national number reversed, for "the last digits"), "n:张伟"
// (name), "y:zhangwei" (pinyin), "i:zw" (initials).
struct Term
{
    QString key;
    CustomerMatch::Kind kind;
};

QList<Term> forCustomer(const Customer &customer);

// How to look up what an agent typed: exact keys and key prefixes, best kind first.
struct Probe
{
    QString key;
    bool prefix = false;
    CustomerMatch::Kind kind;
};
QList<Probe> forQuery(const QString &text);

} // namespace parasol::SearchTerms
