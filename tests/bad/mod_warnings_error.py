import warnings
warnings.simplefilter("error")
warnings.warn("this is fatal", RuntimeWarning)
