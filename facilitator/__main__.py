import sys

from facilitator.app import main

sys.exit(main())
