#pragma once

#include "core/category.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace parasol {

class SeedRandom;

// An item the retailer sells: one SKU, the sellers offering it ("self" is the platform's
// own sale; others are marketplace shops) and its list price.
struct CatalogueItem
{
    QString sku;
    QString title;
    QString brand;
    Category category = Category::SmallHome;
    qint64 listPriceFen = 0;
    std::optional<int> priceProtectDays; // the item's own label (RULES.md §1), when it has one
    QStringList sellers; // "self" first
    bool reserved = false; // used only by the demo's showcase, never drawn at random
};

// The brands of the sources and what each makes, with realistic prices per category.
class Catalogue
{
public:
    static const QStringList &brands();

    explicit Catalogue(quint64 seed);

    const QList<CatalogueItem> &items() const { return m_items; }
    const CatalogueItem *find(const QString &sku) const;
    // An item drawn by how often its category sells (small appliances most).
    const CatalogueItem &pick(SeedRandom &random) const;
    // An item of `category` (every category has some).
    const CatalogueItem &pick(Category category, SeedRandom &random) const;
    // A small-appliance item of `brand` to give away with a large one; nullptr when it makes none.
    const CatalogueItem *freebieOf(const QString &brand, SeedRandom &random) const;
    // Adds an item the showcase scripts itself.
    void addReserved(CatalogueItem item);

    // Whether a category's items are installed by the brand's engineer (an installation
    // ticket with an e-bill) or set up by the delivery crew in the same visit.
    static bool needsEngineerInstallation(Category category);
    static bool installedOnDelivery(Category category);
    // Prices end in 9 yuan, as shops price them.
    static qint64 shopPrice(qint64 fen);

private:
    QList<CatalogueItem> m_items;
    QList<QList<int>> m_byCategory; // indexes of unreserved items per category
    QList<int> m_categoryWeights;
};

} // namespace parasol
