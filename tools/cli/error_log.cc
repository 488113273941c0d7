#include "cli/error_log.h"

#include <spdlog/spdlog.h>

namespace zhcorpus::cli {

void ErrorLog::Report(const RecordError& error) {
  ++count_;
  spdlog::error("{}", error.ToString());
}

}  // namespace zhcorpus::cli
