#include "zhcorpus/tag_stream.h"

#include <ostream>

#include "io/line_pipeline.h"

namespace zhcorpus {
namespace {

// On a worker: every line of the block through Tagger::TagLine.
void TagBlock(const Tagger& tagger, const TagOutputOptions& output, const std::string& source, LineBlock& block) {
  block.ForEachLine([&](std::string_view line, std::size_t number) {
    if (Status s = tagger.TagLine(line, output, &block.output); !s.ok()) {
      block.failures.push_back({block.output.size(), block.records, RecordError{source, number, s.message()}});
      return;
    }
    block.output.push_back('\n');
    ++block.records;
  });
}

// On the calling thread, in input order: the output up to each failure, the
// failure, and on. False to stop (on_error said so, or `out` failed).
bool WriteBlock(const LineBlock& block, const TagStreamOptions& options, std::ostream& out, TagStreamTotals* totals,
                Status* write_status) {
  std::size_t written = 0;
  auto write_to = [&](std::size_t end) {
    out.write(block.output.data() + written, static_cast<std::streamsize>(end - written));
    written = end;
    if (!out) *write_status = Status::IoError("cannot write the output");
    return static_cast<bool>(out);
  };
  totals->bytes += block.input.size();
  for (const LineBlock::Failure& failure : block.failures) {
    if (!write_to(failure.output_size)) return false;
    ++totals->failed;
    if (options.on_error && !options.on_error(failure.error)) {
      totals->records += failure.records_before;
      return false;
    }
  }
  totals->records += block.records;
  if (!write_to(block.output.size())) return false;
  if (options.on_progress) options.on_progress(*totals);
  return true;
}

}  // namespace

Result<TagStreamTotals> TagStream(const Tagger& tagger, std::istream& in, const std::string& source,
                                  std::ostream& out, const TagStreamOptions& options) {
  const std::string name = source == "-" ? "<stdin>" : source;
  TagStreamTotals totals;
  Status write_status;
  LinePipelineOptions pipeline{options.jobs, options.block_bytes};
  Status read_status = RunLinePipeline(
      in, pipeline, [&](LineBlock& block) { TagBlock(tagger, options.output, name, block); },
      [&](LineBlock& block) { return WriteBlock(block, options, out, &totals, &write_status); });
  if (!write_status.ok()) return write_status;
  if (!read_status.ok()) return read_status.WithContext(name);
  return totals;
}

}  // namespace zhcorpus
