"""The frozen app's entry point: the same main() as the `repdesk` command of a pip install."""

import sys

from repdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
