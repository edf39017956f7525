"""Compat corpus: the build facts scripts print or test before choosing a device."""

SNIPPETS = {
    "rt_version_build_facts": """
import torch
print(torch.version.cuda, torch.version.hip, torch.version.debug)
print(torch.backends.cudnn.version(), torch.backends.cudnn.is_available())
print(torch.cuda.is_available(), torch.backends.mps.is_available())
if torch.version.cuda is None and not torch.cuda.is_available():
    device = torch.device("cpu")
print(device, torch.zeros(2, device=device).device)
""",
}
