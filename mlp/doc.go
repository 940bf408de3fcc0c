// Package mlp is the small multilayer-perceptron library of the course.
//
// It follows the lecture "Perceptrón multicapa" section by section: the
// threshold unit ŷ = φ(b + wᵀx), logic gates, the perceptron rule,
// activations and losses (ECM = MSE, ECB = BCE, ECC = CCE), dense networks,
// backpropagation, gradient descent and its stochastic variant.
//
// # Notation
//
// The names follow the notebooks: N examples, B the mini-batch size, layer l
// has weights W{l} (n_l × n_{l-1}), biases b{l} (n_l), pre-activations z{l},
// activations a{l} = φ(z{l}) and errors δ{l} = ∂L/∂z{l}.
//
// Where the slides are wrong (see the course's ERRATA), this package uses the
// corrected form and its doc comment says so.
package mlp
