import Dispatch
import Synchronization

/// A fixed set of threads that run handlers, so a slow handler never stalls the event loop.
///
/// It is also the task executor of `async` handlers: their jobs queue here
/// like any other, so they are served by the server's own threads.
final class WorkerPool: TaskExecutor, Sendable {
    typealias Job = @Sendable () -> Void

    private struct Queue: ~Copyable {
        var jobs: [Job] = []
        var head = 0
        var stopping = false
    }

    private let queue = Mutex(Queue())
    private let available = DispatchSemaphore(value: 0)
    private let threads: Mutex<[NativeThread]> = Mutex([])

    /// Starts `count` threads.
    init(count: Int) {
        let started = (0..<max(1, count)).map { _ in NativeThread { [self] in work() } }
        threads.withLock { $0 = started }
    }

    /// Queues a job; the next free worker runs it.
    func submit(_ job: @escaping Job) {
        queue.withLock { $0.jobs.append(job) }
        available.signal()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        submit { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// Lets queued jobs finish, then ends every thread and waits for them.
    func stop() {
        let running = threads.withLock { threads in
            defer { threads = [] }
            return threads
        }
        queue.withLock { $0.stopping = true }
        for _ in running { available.signal() }
        for thread in running { thread.join() }
    }

    private func work() {
        while true {
            available.wait()
            let job: Job? = queue.withLock { queue in
                guard queue.head < queue.jobs.count else { return nil }
                let job = queue.jobs[queue.head]
                queue.head += 1
                // Compact once the consumed prefix dominates, keeping pushes amortised O(1).
                if queue.head == queue.jobs.count {
                    queue.jobs.removeAll(keepingCapacity: true)
                    queue.head = 0
                } else if queue.head > 1024 && queue.head * 2 > queue.jobs.count {
                    queue.jobs.removeFirst(queue.head)
                    queue.head = 0
                }
                return job
            }
            if let job {
                job()
            } else if queue.withLock({ $0.stopping }) {
                return
            }
        }
    }
}
