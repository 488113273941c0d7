#include "cli/record_lines.h"

#include <istream>

#include "cli/inputs.h"
#include "cli/log.h"

namespace zhcorpus::cli {

Status ForEachRecordLine(const std::vector<std::string>& inputs, const ErrorLog& errors,
                         const std::function<void(const RecordLine&)>& fn) {
  std::size_t records = 0, bytes = 0;
  const Status st = ForEachInput(inputs, [&](std::istream& in, const std::string& name) {
    RecordLineReader lines(in);
    std::string_view line;
    while (!errors.ShouldStop() && lines.Next(&line)) {
      bytes += line.size() + 1;
      if (++records % 1024 == 0)
        ShowProgress(std::to_string(records) + " records, " + std::to_string(bytes / 1000000) + " MB");
      fn(RecordLine{line, &name, lines.line_number()});
    }
  });
  EndProgress();
  return st;
}

}  // namespace zhcorpus::cli
