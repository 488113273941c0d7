// Private: JSON text written straight into a buffer, byte for byte as
// nlohmann would write the same value (report's JSON rows and state rows are
// tens of thousands; building a json value for each cost more than reading).
#pragma once

#include <string>
#include <string_view>

namespace zhcorpus {

// (Strings: AppendJsonString in zhcorpus/records.h.)

// `v` as nlohmann writes a double.
void AppendJsonDouble(double v, std::string* out);

// Appends the decimal `v` ("14.000", "-3", "0.585") as the double it reads as,
// in nlohmann's layout ("14.0", "-3.0", "0.585"): false, appending nothing,
// where only nlohmann can tell (exponents, many digits).
bool AppendJsonNumber(std::string_view v, std::string* out);

}  // namespace zhcorpus
