// The writer thread of the group commit. A batch that the database refuses as a whole
// (closed survey) answers every request in it; a failure of one batch never stores half.
#include "web/submission_queue.h"

#include <chrono>
#include <iostream>
#include <vector>

namespace peiling::web {

SubmissionQueue::SubmissionQueue(const std::string& db_path, std::int64_t survey_id)
    : store_(db_path), survey_id_(survey_id), db_path_(db_path) {
  // Every commit is flushed to disk before it returns. Checkpoints (copying the WAL into
  // the database, with a flush of its own) run on a connection of their own, so no
  // submission waits for one inside its commit.
  store_.make_commits_durable();
  store_.leave_checkpoints_to_caller();
  writer_ = std::thread([this] { write_loop(); });
  checkpointer_ = std::thread([this] { checkpoint_loop(); });
}

SubmissionQueue::~SubmissionQueue() { stop(); }

void SubmissionQueue::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && !writer_.joinable()) return;
    stopping_ = true;
  }
  wake_.notify_all();
  checkpoint_wake_.notify_all();
  if (writer_.joinable()) writer_.join();
  if (checkpointer_.joinable()) checkpointer_.join();
}

void SubmissionQueue::checkpoint_loop() {
  try {
    Store checkpointer(db_path_);
    checkpointer.make_commits_durable();
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        if (checkpoint_wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stopping_; }))
          break;
      }
      checkpointer.checkpoint();
    }
    checkpointer.checkpoint();
  } catch (const std::exception& error) {
    // Not fatal: the WAL keeps every commit; SQLite checkpoints when a connection closes.
    std::cerr << "peiling serve: checkpoint failed: " << error.what() << "\n";
  }
}

SubmitResult SubmissionQueue::submit(WebSubmission submission) {
  std::future<SubmitResult> result;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return SubmitResult::failed;
    queue_.push_back(Pending{std::move(submission), {}});
    result = queue_.back().done.get_future();
  }
  wake_.notify_one();
  return result.get();
}

void SubmissionQueue::write_loop() {
  for (;;) {
    std::deque<Pending> batch;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything is committed
      batch.swap(queue_);
    }
    commit_batch(batch);
  }
}

void SubmissionQueue::commit_batch(std::deque<Pending>& batch) {
  std::vector<WebSubmission> submissions;
  submissions.reserve(batch.size());
  for (auto& pending : batch) submissions.push_back(std::move(pending.submission));
  try {
    const auto outcomes = store_.add_web_responses(survey_id_, submissions);
    for (std::size_t i = 0; i < batch.size(); ++i)
      batch[i].done.set_value(outcomes[i] == WebOutcome::refused ? SubmitResult::refused : SubmitResult::stored);
  } catch (const StoreError& error) {
    // Closed (or, unexpectedly, rejected): nothing of the batch is stored.
    const bool closed = dynamic_cast<const ResponseRejected*>(&error) == nullptr;
    if (!closed) std::cerr << "peiling serve: a validated response was refused: " << error.what() << "\n";
    for (auto& pending : batch) pending.done.set_value(closed ? SubmitResult::closed : SubmitResult::failed);
  } catch (const std::exception& error) {
    std::cerr << "peiling serve: storing responses failed: " << error.what() << "\n";
    for (auto& pending : batch) pending.done.set_value(SubmitResult::failed);
  }
}

}  // namespace peiling::web
