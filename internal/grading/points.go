package grading

// Exercise is one exercise of the table: its folder name under exercises/,
// the course notebook to read first, and the points of each test.
type Exercise struct {
	Name     string
	Notebook string
	Tests    []Points
}

// Points is one graded test and what it is worth.
type Points struct {
	Test   string
	Points int
}

// Total is the most the exercise can score.
func (e Exercise) Total() int {
	n := 0
	for _, p := range e.Tests {
		n += p.Points
	}
	return n
}

// Table is the one table of points: the grader, the READMEs and the harness
// read it. Order is the course's order.
var Table = []Exercise{
	{"threshold", "01_threshold_unit", []Points{
		{"Z_hand", 2}, {"Unit_hand", 2}, {"Unit_at_zero", 2}, {"Boundary_line", 3}, {"Boundary_vertical", 1}}},
	{"gates", "02_logic_gates", []Points{
		{"AND", 2}, {"OR", 2}, {"NAND", 2}, {"NOR", 2}, {"NOT", 2}}},
	{"perceptron", "03_perceptron_rule", []Points{
		{"Update_hand", 3}, {"Update_when_right", 2}, {"Update_keeps_inputs", 1},
		{"Epoch_matches_rule", 3}, {"Epoch_learns_AND", 3}}},
	{"mse", "04_linear_neuron_mse", []Points{
		{"ECM_hand", 2}, {"ECM_is_a_mean", 1}, {"Gradient_hand", 2}, {"Gradient_central_differences", 3}}},
	{"sigmoid", "05_sigmoid_neuron_bce", []Points{
		{"Sigmoid_values", 2}, {"Sigmoid_extremes", 1}, {"ECB_hand", 2}, {"GradZ_central_differences", 3}}},
	{"softmax", "07_softmax_cce", []Points{
		{"Softmax_hand", 2}, {"Softmax_stable", 2}, {"ECC_hand", 2}, {"GradZ_central_differences", 3}}},
	{"gd", "08_gradient_descent", []Points{
		{"Step_hand", 2}, {"Step_keeps_inputs", 1}, {"Descend_quadratic", 3}, {"Descend_path_length", 1}}},
	{"minibatch", "09_sgd_minibatches", []Points{
		{"Shuffle_permutation", 2}, {"Shuffle_seeded", 2}, {"Batches_sizes", 2}, {"Batches_cover_in_order", 2}}},
	{"xor", "11_xor", []Points{
		{"Weights_shape", 1}, {"Weights_compute_XOR", 4}, {"XOR_function", 3}}},
	{"dense", "12_dense_networks", []Points{
		{"Layer_hand", 2}, {"Forward_hand", 3}, {"Forward_rows_independent", 1}, {"Forward_bad_shapes", 2}}},
	{"backprop", "13_backprop", []Points{
		{"Bad_shapes", 1}, {"Delta_output", 2}, {"Delta_hidden", 2}, {"Gradient_W", 3}, {"Gradient_b", 2}}},
	{"gradcheck", "13_backprop", []Points{
		{"CentralDiff_quadratic", 2}, {"CentralDiff_keeps_w", 1}, {"CentralDiff_order_h2", 2},
		{"RelError_hand", 2}, {"RelError_zero", 1}}},
	{"gradnorms", "14_vanishing_gradient", []Points{
		{"Norms_hand", 2}, {"Norms_scale", 1}, {"Speeds_hand", 2}, {"Speeds_are_bias_gradients", 2}}},
	{"bump", "15_universal_approximation", []Points{
		{"Bump_hand", 2}, {"Bump_shape", 2}, {"Approx_constant", 1}, {"Approx_sine", 3}}},
}

// Lookup finds an exercise of Table by name.
func Lookup(name string) (Exercise, bool) {
	for _, e := range Table {
		if e.Name == name {
			return e, true
		}
	}
	return Exercise{}, false
}
