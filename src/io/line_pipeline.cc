#include "io/line_pipeline.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace zhcorpus {
namespace {

constexpr std::size_t kReadBytes = 64 * 1024;

// Cuts the input into blocks of whole lines of about `block_bytes`.
class BlockReader {
 public:
  BlockReader(std::istream& in, std::size_t block_bytes) : in_(in), block_bytes_(std::max<std::size_t>(block_bytes, 1)) {}

  // Fills block->input with the next lines; false when the input is done.
  bool Next(LineBlock* block) {
    std::string& input = block->input;
    input.swap(carry_);  // the part line left over from the last block
    carry_.clear();
    std::size_t searched = input.size();  // bytes known to hold no '\n'
    while (!done_) {
      if (input.size() >= block_bytes_ && CutAtLastNewline(&input, searched)) break;
      if (input.size() >= block_bytes_) searched = input.size();
      Read(&input);
    }
    block->first_line = next_line_;
    next_line_ += static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n'));
    return !input.empty();
  }

  const Status& status() const { return status_; }

 private:
  // Moves what follows the last '\n' (after `from`) to carry_.
  bool CutAtLastNewline(std::string* input, std::size_t from) {
    const void* nl = memrchr(input->data() + from, '\n', input->size() - from);
    if (nl == nullptr) return false;
    const std::size_t cut = static_cast<const char*>(nl) - input->data() + 1;
    carry_.assign(*input, cut);
    input->resize(cut);
    return true;
  }

  void Read(std::string* input) {
    const std::size_t old = input->size();
    input->resize(old + kReadBytes);
    in_.read(input->data() + old, kReadBytes);
    input->resize(old + static_cast<std::size_t>(in_.gcount()));
    if (in_) return;
    if (in_.bad()) status_ = Status::IoError("cannot read the input");
    done_ = true;
  }

  std::istream& in_;
  std::size_t block_bytes_;
  std::string carry_;
  std::size_t next_line_ = 1;
  bool done_ = false;
  Status status_;
};

struct Slot {
  LineBlock block;
  std::size_t seq = 0;

  // Empties the block for reuse; a block that held one huge line gives its
  // memory back so that memory stays flat.
  void Reset(std::size_t block_bytes) {
    block.output.clear();
    block.failures.clear();
    block.records = 0;
    if (block.input.capacity() > 4 * block_bytes + kReadBytes) std::string().swap(block.input);
    if (block.output.capacity() > 16 * block_bytes) std::string().swap(block.output);
  }
};

class Pipeline {
 public:
  Pipeline(std::istream& in, const LinePipelineOptions& options)
      : reader_(in, options.block_bytes), options_(options) {
    const int slots = 2 * std::max(options.jobs, 1) + 2;
    for (int i = 0; i < slots; ++i) {
      all_.push_back(std::make_unique<Slot>());
      free_.push_back(all_.back().get());
    }
  }

  Status Run(const std::function<void(LineBlock&)>& process, const std::function<bool(LineBlock&)>& emit) {
    std::thread reader([this] { ReadAll(); });
    std::vector<std::thread> workers;
    for (int i = 0; i < std::max(options_.jobs, 1); ++i) workers.emplace_back([this, &process] { Work(process); });
    EmitInOrder(emit);
    reader.join();
    for (std::thread& w : workers) w.join();
    return reader_.status();
  }

 private:
  void ReadAll() {
    for (std::size_t seq = 0;; ++seq) {
      Slot* slot = nullptr;
      {
        std::unique_lock lock(mu_);
        free_cv_.wait(lock, [&] { return !free_.empty() || stop_; });
        if (!stop_) {
          slot = free_.back();
          free_.pop_back();
        }
      }
      if (slot != nullptr) slot->Reset(options_.block_bytes);
      const bool got = slot != nullptr && reader_.Next(&slot->block);
      std::lock_guard lock(mu_);
      if (!got) {
        if (slot != nullptr) free_.push_back(slot);
        blocks_ = seq;
        reading_done_ = true;
        work_cv_.notify_all();
        done_cv_.notify_all();
        return;
      }
      slot->seq = seq;
      todo_.push_back(slot);
      work_cv_.notify_one();
    }
  }

  void Work(const std::function<void(LineBlock&)>& process) {
    for (;;) {
      Slot* slot;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return !todo_.empty() || reading_done_; });
        if (todo_.empty()) return;
        slot = todo_.front();
        todo_.pop_front();
      }
      if (!stop_) process(slot->block);
      std::lock_guard lock(mu_);
      done_[slot->seq] = slot;
      done_cv_.notify_all();
    }
  }

  void EmitInOrder(const std::function<bool(LineBlock&)>& emit) {
    for (std::size_t next = 0;; ++next) {
      Slot* slot;
      {
        std::unique_lock lock(mu_);
        done_cv_.wait(lock, [&] { return done_.count(next) > 0 || (reading_done_ && next >= blocks_); });
        auto it = done_.find(next);
        if (it == done_.end()) return;
        slot = it->second;
        done_.erase(it);
      }
      const bool go_on = emit(slot->block);
      std::lock_guard lock(mu_);
      free_.push_back(slot);
      free_cv_.notify_one();
      if (!go_on) {
        stop_ = true;
        free_cv_.notify_all();
        return;
      }
    }
  }

  BlockReader reader_;
  LinePipelineOptions options_;
  std::vector<std::unique_ptr<Slot>> all_;
  std::mutex mu_;
  std::condition_variable free_cv_, work_cv_, done_cv_;
  std::vector<Slot*> free_;
  std::deque<Slot*> todo_;
  std::map<std::size_t, Slot*> done_;
  std::size_t blocks_ = 0;  // how many were read, once reading_done_
  bool reading_done_ = false;
  std::atomic<bool> stop_{false};
};

}  // namespace

Status RunLinePipeline(std::istream& in, const LinePipelineOptions& options,
                       const std::function<void(LineBlock&)>& process, const std::function<bool(LineBlock&)>& emit) {
  Pipeline pipeline(in, options);
  return pipeline.Run(process, emit);
}

}  // namespace zhcorpus
