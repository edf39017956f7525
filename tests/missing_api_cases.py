"""Calls from old or tool-using scripts (DataParallel, set_default_tensor_type, frombuffer,
as_strided, jit, profiler, ASGD, matrix_exp, lu_factor…) whose printed results, errors and
warnings torch 2.13 fixes. Shared by tools/record_missing_api_fixtures.py (each case in a fresh
torch process) and tests/test_missing_api.py (under chainrule). A case's code sets ``result``."""

PRELUDE = """
import io
import warnings
nn = torch.nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.k = 2
    def helper(self, x):
        return x * self.k
    def forward(self, x):
        return self.helper(torch.relu(self.fc(x)))
def seeded_net():
    torch.manual_seed(0)
    return Net()
"""

CASES = {
    # nn.DataParallel / DistributedDataParallel without GPUs or a process group
    "data_parallel_repr": "result = nn.DataParallel(nn.Linear(2, 3))",
    "data_parallel_state_dict_keys": (
        "result = list(nn.DataParallel(nn.Linear(2, 3)).state_dict().keys())"),
    "data_parallel_attributes": (
        "m = nn.DataParallel(nn.Linear(2, 3))\n"
        "result = (type(m.module).__name__, m.device_ids, nn.parallel.DataParallel is "
        "nn.DataParallel)"),
    "data_parallel_forward": (
        "torch.manual_seed(0)\nm = nn.DataParallel(nn.Linear(2, 3))\n"
        "result = m(torch.ones(2, 2))"),
    "data_parallel_no_output_device": (
        "result = nn.DataParallel(nn.Linear(2, 3)).output_device"),
    "data_parallel_function": (
        "torch.manual_seed(0)\nm = nn.Linear(2, 1)\n"
        "result = nn.parallel.data_parallel(m, torch.ones(3, 2))"),
    "ddp_without_process_group": (
        "from torch.nn.parallel import DistributedDataParallel as DDP\n"
        "result = DDP(nn.Linear(2, 2))"),
    # set_default_tensor_type and the legacy types
    "default_tensor_type_double": (
        "torch.set_default_tensor_type(torch.DoubleTensor)\n"
        "result = (torch.get_default_dtype(), torch.tensor([1.]).dtype, torch.zeros(2).dtype,\n"
        "          torch.randn(2).dtype)\ntorch.set_default_tensor_type(torch.FloatTensor)"),
    "default_tensor_type_string": (
        "torch.set_default_tensor_type('torch.DoubleTensor')\n"
        "a = torch.get_default_dtype()\ntorch.set_default_tensor_type('torch.FloatTensor')\n"
        "result = (a, torch.get_default_dtype())"),
    "default_tensor_type_half": (
        "torch.set_default_tensor_type(torch.HalfTensor)\nresult = torch.get_default_dtype()\n"
        "torch.set_default_tensor_type(torch.FloatTensor)"),
    "default_tensor_type_cuda": "result = torch.set_default_tensor_type(torch.cuda.FloatTensor)",
    "default_tensor_type_cuda_string": (
        "result = torch.set_default_tensor_type('torch.cuda.DoubleTensor')"),
    "default_tensor_type_long": "result = torch.set_default_tensor_type(torch.LongTensor)",
    "default_tensor_type_dtype": "result = torch.set_default_tensor_type(torch.float64)",
    "default_tensor_type_unknown_name": "result = torch.set_default_tensor_type('torch.Foo')",
    "default_tensor_type_bad_module": "result = torch.set_default_tensor_type('float')",
    "cuda_float_tensor_call": "result = torch.cuda.FloatTensor([1.])",
    "cuda_tensor_types": (
        "result = (torch.cuda.FloatTensor, torch.cuda.LongTensor,\n"
        "          isinstance(torch.ones(1), torch.cuda.FloatTensor))"),
    # storage, buffers, strides
    "is_storage": "result = (torch.is_storage(torch.ones(2)), torch.is_storage(3))",
    "frombuffer_int16": (
        "result = torch.frombuffer(bytearray(b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08'),\n"
        "                          dtype=torch.int16)"),
    "frombuffer_count_offset": (
        "b = bytearray(b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08')\n"
        "t = torch.frombuffer(b, dtype=torch.uint8, count=3, offset=2)\nt[0] = 9\n"
        "result = (t, list(b))"),
    "frombuffer_array": (
        "import array\nresult = torch.frombuffer(array.array('f', [1, 2, 3]), "
        "dtype=torch.float32)"),
    "frombuffer_requires_grad": (
        "result = torch.frombuffer(bytearray(8), dtype=torch.float32, requires_grad=True)"),
    "frombuffer_readonly": "result = torch.frombuffer(b'\\x01\\x02', dtype=torch.uint8)",
    "frombuffer_not_multiple": "result = torch.frombuffer(b'\\x01\\x02\\x03', dtype=torch.int16)",
    "frombuffer_count_too_big": (
        "result = torch.frombuffer(bytearray(8), dtype=torch.int16, count=10)"),
    "frombuffer_empty": "result = torch.frombuffer(b'', dtype=torch.int16)",
    "frombuffer_offset_too_big": (
        "result = torch.frombuffer(bytearray(8), dtype=torch.float32, offset=9)"),
    "frombuffer_not_buffer": "result = torch.frombuffer([1, 2], dtype=torch.float32)",
    "as_strided_windows": "result = torch.as_strided(torch.arange(9.), (3, 3), (1, 1))",
    "as_strided_grad": (
        "x = torch.arange(9.).requires_grad_()\ny = x.as_strided((2, 2), (3, 1), 1)\n"
        "(y * torch.arange(4.).reshape(2, 2)).sum().backward()\nresult = (y, x.grad)"),
    "as_strided_overlap_grad": (
        "x = torch.arange(5.).requires_grad_()\ny = x.as_strided((3, 3), (1, 1))\n"
        "y.sum().backward()\nresult = x.grad"),
    "as_strided_of_transpose": (
        "x = torch.arange(6.).reshape(2, 3).t()\n"
        "result = (x.as_strided((2,), (1,)), x.as_strided((2, 2), (1, 3), 1))"),
    "as_strided_of_row": "result = torch.arange(6.).reshape(2, 3)[1].as_strided((3,), (1,), 0)",
    "as_strided_out_of_bounds": "result = torch.arange(9.).as_strided((4, 4), (3, 1))",
    "as_strided_negative_stride": "result = torch.arange(4.).as_strided((2,), (-1,))",
    "as_strided_rank_mismatch": "result = torch.arange(4.).as_strided((2, 2), (1,))",
    "as_strided_bad_offset": "result = torch.arange(4.).as_strided((2,), (1,), -1)",
    "as_strided_empty": "result = torch.arange(4.).as_strided((0, 3), (1, 1), 10)",
    "empty_strided_layout": (
        "e = torch.empty_strided((2, 3), (1, 2))\n"
        "result = (e.shape, e.stride(), e.dtype, e.is_contiguous())"),
    "empty_strided_copy": (
        "e = torch.empty_strided((2, 3), (1, 2))\ne.copy_(torch.arange(6.).reshape(2, 3))\n"
        "result = (e, e.stride(), e.t().is_contiguous(), e.as_strided((6,), (1,)))"),
    "empty_strided_dtype": (
        "e = torch.empty_strided((2, 2), (2, 1), dtype=torch.float64, requires_grad=True)\n"
        "result = (e.stride(), e.dtype, e.requires_grad)"),
    "empty_strided_rank_mismatch": "result = torch.empty_strided((2, 3), (1,))",
    # torch.jit
    "jit_script_module_repr": "result = torch.jit.script(seeded_net())",
    "jit_script_module_call": (
        "s = torch.jit.script(seeded_net())\n"
        "result = (s(torch.ones(1, 2)).detach(), type(s).__name__, s.original_name,\n"
        "          list(s.state_dict()), type(s.fc).__name__,\n"
        "          isinstance(s, torch.jit.ScriptModule), isinstance(s, nn.Module))"),
    "jit_script_shares_parameters": (
        "n = seeded_net()\ns = torch.jit.script(n)\nopt = torch.optim.SGD(s.parameters(), lr=0.1)\n"
        "s(torch.ones(1, 2)).sum().backward()\nopt.step()\nresult = n.fc.weight"),
    "jit_script_train_eval": (
        "s = torch.jit.script(seeded_net())\nresult = (s.training, s.eval().training, "
        "s.fc.training)"),
    "jit_script_function": (
        "@torch.jit.script\ndef f(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:\n"
        "    return x * 2 + y\nresult = (type(f).__name__, f(torch.ones(2), torch.ones(2)))"),
    "jit_trace_module_repr": "result = torch.jit.trace(seeded_net(), torch.ones(1, 2))",
    "jit_trace_module_call": (
        "tr = torch.jit.trace(seeded_net(), torch.ones(1, 2))\n"
        "result = (type(tr).__name__, type(tr.fc).__name__, tr(torch.ones(1, 2)).detach())"),
    "jit_trace_function": (
        "tg = torch.jit.trace(lambda x: x.sin() * 2, torch.ones(2))\n"
        "result = (type(tg).__name__, tg(torch.tensor([0., 1.])))"),
    "jit_save_load": (
        "s = torch.jit.script(seeded_net())\nbuf = io.BytesIO()\ntorch.jit.save(s, buf)\n"
        "buf.seek(0)\nl = torch.jit.load(buf)\nresult = (l, l(torch.ones(1, 2)).detach())"),
    "jit_flags": (
        "result = (torch.jit.is_scripting(), torch.jit.is_tracing(),\n"
        "          torch.jit.annotate(int, 3))"),
    "jit_ignore_export_unused": (
        "class M(nn.Module):\n    @torch.jit.ignore\n    def dbg(self, x):\n        return x + 1\n"
        "    @torch.jit.export\n    def twice(self, x):\n        return x * 2\n"
        "    @torch.jit.unused\n    def old(self, x):\n        return x\n"
        "    def forward(self, x):\n        return self.dbg(x)\n"
        "s = torch.jit.script(M())\n"
        "result = (s(torch.ones(2)), s.twice(torch.ones(2)), s)"),
    "jit_script_def_function": (
        "def g(x):\n    return x + 1\ns = torch.jit.script(g)\n"
        "result = (type(s).__name__, s(torch.ones(1)))"),
    # profiler
    "profiler_record_function_keys": (
        "from torch.profiler import profile, record_function, ProfilerActivity\n"
        "with profile(activities=[ProfilerActivity.CPU]) as prof:\n"
        "    with record_function('model_inference'):\n"
        "        y = torch.ones(3).sum()\n"
        "keys = [e.key for e in prof.key_averages()]\n"
        "result = (y, 'model_inference' in keys, type(prof).__name__,\n"
        "          type(prof.key_averages()).__name__,\n"
        "          [e.count for e in prof.key_averages() if e.key == 'model_inference'])"),
    "profiler_table_header": (
        "from torch.profiler import profile, record_function\n"
        "with profile() as prof:\n    with record_function('step'):\n        pass\n"
        "result = prof.key_averages().table(sort_by='cpu_time_total').splitlines()[1].split()"),
    "profiler_schedule": (
        "s = torch.profiler.schedule(wait=1, warmup=1, active=2, repeat=1)\n"
        "result = [s(i) for i in range(6)]"),
    "profiler_schedule_skip_first": (
        "s = torch.profiler.schedule(wait=1, warmup=0, active=1, skip_first=2)\n"
        "result = [s(i) for i in range(6)]"),
    "profiler_activity": (
        "result = (torch.profiler.ProfilerActivity.CPU, "
        "list(torch.profiler.ProfilerActivity.__members__))"),
    "autograd_profiler": (
        "with torch.autograd.profiler.profile() as p:\n"
        "    with torch.autograd.profiler.record_function('label'):\n"
        "        z = torch.ones(2) * 2\n"
        "result = (z, type(p).__name__, [e.key for e in p.key_averages() if e.key == 'label'])"),
    "record_function_decorator": (
        "@torch.profiler.record_function('deco')\ndef f(x):\n    return x + 1\n"
        "result = f(torch.ones(1))"),
    # init, optimizers
    "dirac_3d": "result = nn.init.dirac_(torch.empty(4, 2, 3))",
    "dirac_groups": "result = nn.init.dirac_(torch.empty(4, 4, 3, 3), groups=2)[:, :, 1, 1]",
    "dirac_5d": "result = nn.init.dirac_(torch.empty(2, 2, 3, 3, 3)).sum((2, 3, 4))",
    "dirac_bad_rank": "result = nn.init.dirac_(torch.empty(3, 3))",
    "dirac_bad_groups": "result = nn.init.dirac_(torch.empty(5, 2, 3), groups=2)",
    "asgd_repr": "result = torch.optim.ASGD([nn.Parameter(torch.ones(2))], lr=0.1)",
    "asgd_steps": (
        "torch.manual_seed(0)\np = nn.Parameter(torch.randn(5))\n"
        "o = torch.optim.ASGD([p], lr=0.1, t0=2, lambd=0.01, weight_decay=0.1)\n"
        "for _ in range(6):\n    o.zero_grad()\n    (p ** 3).sum().backward()\n    o.step()\n"
        "result = (p, o.state[p])"),
    "asgd_maximize_float64": (
        "p = nn.Parameter(torch.tensor([0.5, -1.5], dtype=torch.float64))\n"
        "o = torch.optim.ASGD([p], lr=0.05, maximize=True, t0=0)\n"
        "for _ in range(4):\n    o.zero_grad()\n    (-(p ** 2).sum()).backward()\n    o.step()\n"
        "result = (p, o.state[p]['ax'], o.state[p]['mu'])"),
    "asgd_bad_lr": "result = torch.optim.ASGD([nn.Parameter(torch.ones(2))], lr=-1)",
    "sparse_adam_repr": "result = torch.optim.SparseAdam([nn.Parameter(torch.ones(2))])",
    "sparse_adam_dense_grad": (
        "p = nn.Parameter(torch.tensor([1.0, -2.0]))\no = torch.optim.SparseAdam([p], lr=0.1)\n"
        "(p ** 2).sum().backward()\nresult = o.step()"),
    "sparse_adam_bad_eps": "result = torch.optim.SparseAdam([nn.Parameter(torch.ones(2))], eps=0)",
    # linalg
    "matrix_exp_rotation": (
        "A = torch.tensor([[0., -1.], [1., 0.]]) * 0.5\n"
        "result = (torch.linalg.matrix_exp(A), torch.matrix_exp(A), A.matrix_exp())"),
    "matrix_exp_grad_fn": (
        "A = (torch.tensor([[0., -1.], [1., 0.]]) * 0.5).requires_grad_()\n"
        "E = torch.linalg.matrix_exp(A)\nE.sum().backward()\nresult = (E, A.grad)"),
    "matrix_exp_batch_float64": (
        "A = torch.tensor([[[1., 2.], [0., -1.]], [[0.3, 0.1], [-0.2, 0.4]]], "
        "dtype=torch.float64)\nresult = torch.linalg.matrix_exp(A)"),
    "matrix_exp_not_square": "result = torch.linalg.matrix_exp(torch.ones(2, 3))",
    "matrix_exp_integer": "result = torch.linalg.matrix_exp(torch.ones(2, 2, dtype=torch.long))",
    "cholesky_ex_ok": "result = torch.linalg.cholesky_ex(torch.tensor([[4., 2.], [2., 3.]]))",
    "cholesky_ex_not_pd": (
        "result = torch.linalg.cholesky_ex(torch.tensor([[1., 2.], [2., 1.]]).expand(2, 2, 2))"),
    "cholesky_ex_check_errors": (
        "result = torch.linalg.cholesky_ex(torch.tensor([[1., 2.], [2., 1.]]), "
        "check_errors=True)"),
    "cholesky_ex_fields": (
        "r = torch.linalg.cholesky_ex(torch.eye(2), upper=True)\n"
        "result = (type(r).__name__, r.L, r.info)"),
    "lu_factor": "result = torch.linalg.lu_factor(torch.tensor([[1., 2.], [3., 4.]]))",
    "lu_factor_tall": (
        "result = torch.linalg.lu_factor(torch.tensor([[1., 2.], [3., 4.], [5., 6.]]))"),
    "lu_factor_ex_singular": (
        "result = torch.linalg.lu_factor_ex(torch.tensor([[0., 1.], [0., 2.]]))"),
    "lu_factor_singular": "result = torch.linalg.lu_factor(torch.tensor([[1., 2.], [2., 4.]]))",
    "lu_factor_singular_batch": (
        "result = torch.linalg.lu_factor(torch.tensor([[[1., 2.], [3., 4.]], "
        "[[1., 2.], [2., 4.]]]))"),
    "lu_solve_left_right_adjoint": (
        "LU, piv = torch.linalg.lu_factor(torch.tensor([[1., 2.], [3., 4.]]))\n"
        "result = (torch.linalg.lu_solve(LU, piv, torch.tensor([[1.], [2.]])),\n"
        "          torch.linalg.lu_solve(LU, piv, torch.tensor([[1., 2.]]), left=False),\n"
        "          torch.linalg.lu_solve(LU, piv, torch.tensor([[1.], [2.]]), adjoint=True))"),
    # torch.distributed before init_process_group
    "distributed_queries": (
        "import torch.distributed as dist\n"
        "result = (dist.is_available(), dist.is_initialized(), str(dist.ReduceOp.SUM))"),
    "distributed_get_rank": "import torch.distributed as dist\nresult = dist.get_rank()",
    "distributed_all_reduce": (
        "import torch.distributed as dist\nresult = dist.all_reduce(torch.ones(1))"),
    "distributed_init_without_rank": (
        "import torch.distributed as dist\nresult = dist.init_process_group('gloo')"),
    # householder_product
    "householder_product": (
        "A = torch.tensor([[1., 0.], [0.5, 1.], [0.2, 0.3]], requires_grad=True)\n"
        "tau = torch.tensor([1.2, 0.5])\n"
        "result = (torch.linalg.householder_product(A, tau), torch.orgqr(A.detach(), tau))"),
    "householder_product_1d": (
        "result = torch.linalg.householder_product(torch.ones(3), torch.ones(1))"),
    "householder_product_wide": (
        "result = torch.linalg.householder_product(torch.ones(2, 3), torch.ones(1))"),
    "householder_product_long_tau": (
        "result = torch.linalg.householder_product(torch.ones(3, 2), torch.ones(3))"),
    "householder_product_batch_mismatch": (
        "result = torch.linalg.householder_product(torch.ones(2, 3, 2), torch.ones(3, 1))"),
    # distributions
    "von_mises_samples": (
        "torch.manual_seed(0)\n"
        "m = torch.distributions.VonMises(torch.tensor([1.0, -2.0]), torch.tensor([0.5, 4.0]))\n"
        "result = (m, m.sample((3,)), m.log_prob(torch.tensor([0.3, 2.0])), m.variance)"),
    "low_rank_mvn_samples": (
        "torch.manual_seed(0)\n"
        "d = torch.distributions.LowRankMultivariateNormal(torch.zeros(3),\n"
        "    torch.tensor([[1.0], [0.5], [-0.5]]), torch.tensor([0.1, 0.2, 0.3]))\n"
        "x = d.rsample((2,))\nresult = (d, x, d.log_prob(x), d.entropy())"),
    "low_rank_mvn_bad_factor": (
        "result = torch.distributions.LowRankMultivariateNormal(torch.zeros(3), "
        "torch.ones(2, 1), torch.ones(3))"),
    # AdaptiveLogSoftmaxWithLoss
    "adaptive_log_softmax": (
        "torch.manual_seed(0)\n"
        "asm = nn.AdaptiveLogSoftmaxWithLoss(8, 10, cutoffs=[3, 6], div_value=2.0)\n"
        "x = torch.randn(5, 8)\nout = asm(x, torch.tensor([0, 4, 9, 2, 7]))\n"
        "result = (asm, out, asm.predict(x), asm.log_prob(x)[0])"),
    "adaptive_log_softmax_bad_target": (
        "asm = nn.AdaptiveLogSoftmaxWithLoss(4, 6, cutoffs=[2])\n"
        "result = asm(torch.randn(3, 4), torch.tensor([0, 6, 1]))"),
    "adaptive_log_softmax_bad_cutoffs": (
        "result = nn.AdaptiveLogSoftmaxWithLoss(4, 6, cutoffs=[3, 2])"),
}
