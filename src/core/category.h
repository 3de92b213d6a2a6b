#pragma once

#include "enumnames.h"

namespace parasol {

// Product categories (RULES.md §1): large appliances first, then small ones.
enum class Category {
    AirConditioner,
    Fridge,
    Washer,
    Tv,
    WaterHeater,
    RangeHood,
    GasHob,
    Dishwasher,
    SmallKitchen,
    SmallHome,
    PersonalCare,
};
inline constexpr EnumNames categoryNames { std::array {
    std::pair { Category::AirConditioner, u"air_conditioner" },
    std::pair { Category::Fridge, u"fridge" },
    std::pair { Category::Washer, u"washer" },
    std::pair { Category::Tv, u"tv" },
    std::pair { Category::WaterHeater, u"water_heater" },
    std::pair { Category::RangeHood, u"range_hood" },
    std::pair { Category::GasHob, u"gas_hob" },
    std::pair { Category::Dishwasher, u"dishwasher" },
    std::pair { Category::SmallKitchen, u"small_kitchen" },
    std::pair { Category::SmallHome, u"small_home" },
    std::pair { Category::PersonalCare, u"personal_care" },
} };

constexpr bool isLargeAppliance(Category category)
{
    return category != Category::SmallKitchen && category != Category::SmallHome
           && category != Category::PersonalCare;
}

} // namespace parasol
